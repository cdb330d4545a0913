module diag

go 1.16
