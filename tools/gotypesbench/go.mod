module wago.dev/tools/gotypesbench

go 1.22
