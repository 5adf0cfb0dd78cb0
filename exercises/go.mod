module descent/exercises

go 1.26.0
