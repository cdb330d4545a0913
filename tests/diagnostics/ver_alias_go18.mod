module diag

go 1.8
