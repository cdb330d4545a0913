package m

import "C"
