package main

// runHome is what `descent` with no arguments does. Until the TUI lands it
// prints the usage and exits 0.
func runHome(env *cmdEnv) int {
	printUsage(env.stdout)
	return 0
}
