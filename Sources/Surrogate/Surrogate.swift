/// The Surrogate engine. (Placeholder: the module is being written.)
public enum SurrogateModule {}
