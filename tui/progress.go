package tui

import "descent/runner"

// loadProgress returns, for each exercise name, whether the learner's last
// check passed. It reads the runner's progress file and never runs a check
// itself (home must open instantly); a missing or corrupt file means
// nothing has passed yet.
func loadProgress(exercisesDir string) map[string]bool {
	st, _ := runner.LoadState(exercisesDir)
	if st.Passed == nil {
		return map[string]bool{}
	}
	return st.Passed
}
