module diag

go 1.19
