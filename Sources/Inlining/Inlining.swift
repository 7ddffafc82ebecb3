/// The Inlining engine. (Placeholder: the module is being written.)
public enum InliningModule {}
