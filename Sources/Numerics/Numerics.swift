/// The Numerics engine. (Placeholder: the module is being written.)
public enum NumericsModule {}
