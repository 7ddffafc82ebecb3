/// The Search engine. (Placeholder: the module is being written.)
public enum SearchModule {}
