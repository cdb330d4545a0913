module diag

go 1.12
