/// The Datasets engine. (Placeholder: the module is being written.)
public enum DatasetsModule {}
