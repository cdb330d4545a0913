package d2
