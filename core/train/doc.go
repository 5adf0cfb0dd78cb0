// Package train runs experiments: an optimizer walking a 2-D surface, one
// step at a time or a whole trace at once, with the checks every run needs.
//
// A run ends with a Status. When a coordinate or the loss stops being finite
// the run stops at its last finite point and says why (Diverged): a learner
// sees "diverged at step 7", never a NaN on screen or a panic. The reason
// names the cause where it is known: a division by zero (an adaptive
// optimizer with ε = 0 whose squared gradient underflowed), a surface with
// no minimum, or a learning rate too large. A caller may also set a growth
// limit (SetGrowthLimit, TraceOptions): `descent trace` ends a run whose
// loss passed 1e12 × its start, finite or not, and Growth tells how far a
// run that did not diverge has grown.
//
// Recorder keeps a long run's history in bounded memory by downsampling, so
// a goroutine can train for millions of steps while a UI reads a snapshot on
// each tick without ever blocking the trainer for long.
package train
