module diag

go 1.17
