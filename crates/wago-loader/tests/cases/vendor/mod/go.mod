module example.com/m

go 1.23

require example.com/v v1.0.0
