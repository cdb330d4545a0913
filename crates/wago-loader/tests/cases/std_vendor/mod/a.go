package m

import (
	_ "net/http"
	_ "golang.org/x/net/http2/hpack"
)
