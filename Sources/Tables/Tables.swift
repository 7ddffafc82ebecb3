/// Tables written as CSV, LaTeX, HTML and Markdown from one description.
///
/// A ``Table`` has typed columns (text, fixed or significant digits, percentages), optional
/// highlighting of the best cell per column, and rows of ``Cell`` values; `write(to:formats:)`
/// emits every format from the same cells, so the site, the paper-style LaTeX and the CSV a
/// reviewer downloads cannot disagree.
