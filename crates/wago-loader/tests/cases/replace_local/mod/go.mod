module example.com/m

go 1.23

require example.com/dep v1.2.3

replace example.com/dep => ../dep
