/// The GraphRewrite engine. (Placeholder: the module is being written.)
public enum GraphRewriteModule {}
