// Package train runs experiments: an optimizer walking a 2-D surface, one
// step at a time or a whole trace at once, with the checks every run needs.
//
// A run ends with a Status. When a coordinate or the loss stops being finite
// the run stops at its last finite point and says why (Diverged): a learner
// sees "diverged at step 7", never a NaN on screen or a panic.
//
// Recorder keeps a long run's history in bounded memory by downsampling, so
// a goroutine can train for millions of steps while a UI reads a snapshot on
// each tick without ever blocking the trainer for long.
package train
