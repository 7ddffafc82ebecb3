/// Publication figures drawn with Cairo and Pango, written as PDF, SVG and PNG.
///
/// A ``Figure`` holds panels laid out in a grid; a panel holds series (lines, bands, scatter,
/// bars, heatmaps, histograms, box plots) on linear or log axes with ticks chosen like
/// matplotlib's. Rendering is deterministic: the same figure gives byte-identical SVG and PDF.
/// The gallery (`Gallery/`) shows every series kind and backs the plotting benchmark.
