/// The TabularStore engine. (Placeholder: the module is being written.)
public enum TabularStoreModule {}
