package loss

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestNamesAreStableAndAllBuild(t *testing.T) {
	want := []string{
		"mean_squared_error", "mean_absolute_error", "huber", "log_cosh",
		"binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy",
		"kl_divergence", "hinge", "squared_hinge", "poisson", "binary_focal_crossentropy",
	}
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, name := range append(Names(), Aliases()...) {
		l, err := ByName(name, nil)
		if err != nil {
			t.Errorf("ByName(%q): %v", name, err)
			continue
		}
		if !slices.Contains(want, l.Name()) {
			t.Errorf("ByName(%q).Name() = %q, not a canonical name", name, l.Name())
		}
	}
}

func TestByNameResolvesAliasesAndParams(t *testing.T) {
	tests := []struct {
		name   string
		params map[string]float64
		want   string // String() of the built loss
	}{
		{"mse", nil, "mean_squared_error"},
		{"MAE", nil, "mean_absolute_error"},
		{"kld", nil, "kl_divergence"},
		{"logcosh", nil, "log_cosh"},
		{"huber", nil, "huber(delta=1)"},
		{"huber", map[string]float64{"delta": 0.5}, "huber(delta=0.5)"},
		{"binary_crossentropy", map[string]float64{"from_logits": 1}, "binary_crossentropy(from_logits=1)"},
		{"categorical_crossentropy", map[string]float64{"from_logits": 0}, "categorical_crossentropy"},
		{"sparse_categorical_crossentropy", map[string]float64{"from_logits": 1}, "sparse_categorical_crossentropy(from_logits=1)"},
		{"binary_focal_crossentropy", nil, "binary_focal_crossentropy(gamma=2, alpha=0.25)"},
		{"BinaryFocalCrossentropy", map[string]float64{"gamma": 0, "alpha": -1, "from_logits": 1}, "binary_focal_crossentropy(gamma=0, alpha=-1, from_logits=1)"},
	}
	for _, tt := range tests {
		l, err := ByName(tt.name, tt.params)
		if err != nil {
			t.Errorf("ByName(%q, %v): %v", tt.name, tt.params, err)
			continue
		}
		if got := l.(interface{ String() string }).String(); got != tt.want {
			t.Errorf("ByName(%q, %v) = %s, want %s", tt.name, tt.params, got, tt.want)
		}
	}
}

func TestByNameErrorsSayWhatIsValid(t *testing.T) {
	tests := []struct {
		name     string
		params   map[string]float64
		contains []string
	}{
		{"cross_entropy", nil, []string{`unknown loss "cross_entropy"`, "valid names: mean_squared_error, mean_absolute_error, huber,", "binary_focal_crossentropy", "aliases:", "mse"}},
		{"huber", map[string]float64{"alpha": 1}, []string{`loss huber has no parameter "alpha"; its parameters: delta (default 1)`}},
		{"mse", map[string]float64{"delta": 1}, []string{`loss mean_squared_error takes no parameters, got "delta"`}},
		{"binary_focal_crossentropy", map[string]float64{"beta": 1}, []string{"gamma (default 2), alpha (default 0.25), from_logits (default 0)"}},
		{"huber", map[string]float64{"delta": 0}, []string{"delta must be a finite number > 0, got 0"}},
		{"huber", map[string]float64{"delta": -2}, []string{"delta must be a finite number > 0, got -2"}},
		{"binary_crossentropy", map[string]float64{"from_logits": 0.5}, []string{"from_logits must be 0 or 1, got 0.5"}},
		{"binary_focal_crossentropy", map[string]float64{"gamma": -1}, []string{"gamma must be a finite number ≥ 0, got -1"}},
		{"binary_focal_crossentropy", map[string]float64{"alpha": 1.5}, []string{"alpha must be in [0, 1], or -1 for no class balancing, got 1.5"}},
	}
	for _, tt := range tests {
		_, err := ByName(tt.name, tt.params)
		if err == nil {
			t.Errorf("ByName(%q, %v): no error", tt.name, tt.params)
			continue
		}
		for _, s := range tt.contains {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("ByName(%q, %v) error %q does not contain %q", tt.name, tt.params, err, s)
			}
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("ByName(%q, %v) error is not one line: %q", tt.name, tt.params, err)
		}
	}
}

func TestConstructorsValidate(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for _, delta := range []float64{0, -1, nan, inf} {
		if _, err := Huber(delta); err == nil {
			t.Errorf("Huber(%v): no error", delta)
		}
	}
	for _, gamma := range []float64{-0.1, nan, inf} {
		if _, err := BinaryFocal(gamma, 0.25); err == nil {
			t.Errorf("BinaryFocal(gamma=%v): no error", gamma)
		}
		if _, err := BinaryFocalFromLogits(gamma, 0.25); err == nil {
			t.Errorf("BinaryFocalFromLogits(gamma=%v): no error", gamma)
		}
	}
	for _, alpha := range []float64{-0.5, 1.01, -2, nan} {
		if _, err := BinaryFocal(2, alpha); err == nil {
			t.Errorf("BinaryFocal(alpha=%v): no error", alpha)
		}
	}
	for _, alpha := range []float64{0, 1, 0.25, NoClassBalance} {
		if _, err := BinaryFocal(2, alpha); err != nil {
			t.Errorf("BinaryFocal(alpha=%v): %v", alpha, err)
		}
	}
}

func TestParams(t *testing.T) {
	p, err := Params("kld")
	if err != nil || len(p) != 0 {
		t.Errorf("Params(kld) = %v, %v", p, err)
	}
	p, err = Params("binary_focal_crossentropy")
	if err != nil || p["gamma"] != 2 || p["alpha"] != 0.25 || p["from_logits"] != 0 || len(p) != 3 {
		t.Errorf("Params(binary_focal_crossentropy) = %v, %v", p, err)
	}
	if _, err := Params("nope"); err == nil {
		t.Error("Params(nope): no error")
	}
}
