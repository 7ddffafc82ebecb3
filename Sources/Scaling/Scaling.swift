/// The Scaling engine. (Placeholder: the module is being written.)
public enum ScalingModule {}
