module initpkgs

go 1.27
