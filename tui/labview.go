package tui

import (
	tea "charm.land/bubbletea/v2"

	"descent/tui/lab"
)

// labView is the lab (package lab) as one of the app's screens.
type labView struct{ *lab.Model }

func newLab(d *deps) screen {
	export := exportFor(d)
	if d.workshop != nil {
		export = nil // a picture saved on a workshop server could not be fetched from it
	}
	return &labView{lab.New(lab.Options{NoColor: d.NoColor, RaceExercise: raceExerciseFor, Export: export})}
}

func (v *labView) Update(msg tea.Msg) (screen, tea.Cmd) { return v, v.Model.Update(msg) }

// raceExerciseFor is the exercise whose race fits a lab run: SGD with
// momentum (plain or Nesterov), Adagrad, RMSprop and Adam are exercises of
// chapter 3; the race runs the learner's version against core/optim's.
func raceExerciseFor(r lab.RunSpec) string {
	name := ""
	switch r.Kind {
	case "sgd":
		switch {
		case r.Values["momentum"] > 0 && r.Values["nesterov"] != 0:
			name = "nesterov"
		case r.Values["momentum"] > 0:
			name = "momentum"
		}
	case "adagrad", "rmsprop", "adam":
		name = r.Kind
	}
	if !raceable(name) {
		return ""
	}
	return name
}
