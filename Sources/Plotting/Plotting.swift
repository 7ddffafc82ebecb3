/// The Plotting engine. (Placeholder: the module is being written.)
public enum PlottingModule {}
