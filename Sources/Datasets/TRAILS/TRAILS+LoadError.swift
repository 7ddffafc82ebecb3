extension TRAILS {
    /// A problem reading a released TRAILS file: the shared one-line ``DataLoadError``.
    public typealias LoadError = DataLoadError
}
