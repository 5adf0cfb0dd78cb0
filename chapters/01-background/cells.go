package background

import "descent/chapters/book"

// cells lists this chapter's cells in reading order.
func cells() []book.Cell { return nil }
