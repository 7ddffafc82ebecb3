/// The Store engine. (Placeholder: the module is being written.)
public enum StoreModule {}
