package main

func runTrain(args []string, env *cmdEnv) int { return notYet(env, "train") }
