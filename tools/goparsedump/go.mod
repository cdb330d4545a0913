module wago.dev/tools/goparsedump

go 1.27
