module diag

go 1.20
