package algorithms

import "descent/chapters/book"

// cells lists this chapter's cells in reading order: gradient descent and
// momentum, the adaptive methods, then the practicalities.
func cells() []book.Cell {
	var all []book.Cell
	all = append(all, gdCells()...)
	all = append(all, momentumCells()...)
	all = append(all, curvatureCells()...)
	all = append(all, adaptiveCells()...)
	all = append(all, anchorCells()...)
	all = append(all, trainingCells()...)
	all = append(all, practiceCells()...)
	return all
}
