package std

import _ "internal/abi"
