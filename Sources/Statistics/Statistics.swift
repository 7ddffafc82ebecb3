/// The Statistics engine. (Placeholder: the module is being written.)
public enum StatisticsModule {}
