/// The Tables engine. (Placeholder: the module is being written.)
public enum TablesModule {}
