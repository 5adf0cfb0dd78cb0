// Package ui holds what every screen of the workbook shares: the colours
// and styles (written once, here), the keys that mean the same on every
// screen, the glyphs that tell up to six runs apart, and the helpers that
// cut text to an exact width × height.
//
// Nothing here may depend on colour alone: runs differ by glyph as well as
// colour, the selection also has a "›" marker, and under NO_COLOR (or the
// Ascii profile the golden tests use) every screen still reads.
package ui
