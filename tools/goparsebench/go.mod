module wago.dev/tools/goparsebench

go 1.22
