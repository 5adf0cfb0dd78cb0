package main

func runList(args []string, env *cmdEnv) int     { return notYet(env, "list") }
func runCheck(args []string, env *cmdEnv) int    { return notYet(env, "check") }
func runWatch(args []string, env *cmdEnv) int    { return notYet(env, "watch") }
func runHint(args []string, env *cmdEnv) int     { return notYet(env, "hint") }
func runReset(args []string, env *cmdEnv) int    { return notYet(env, "reset") }
func runSolution(args []string, env *cmdEnv) int { return notYet(env, "solution") }
