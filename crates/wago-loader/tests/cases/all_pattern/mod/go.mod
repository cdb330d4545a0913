module example.com/all

go 1.22

require example.com/dep v1.0.0

replace example.com/dep => ../dep
