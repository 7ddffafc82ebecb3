/// The Site engine. (Placeholder: the module is being written.)
public enum SiteModule {}
