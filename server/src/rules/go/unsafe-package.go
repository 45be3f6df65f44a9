package fastconv

import (
	"encoding/binary"
	"unsafe"
)

// BytesToString avoids a copy by aliasing the byte slice.
func BytesToString(b []byte) string {
	// ruleid: go/unsafe-package
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func ReadUint32(buf []byte) uint32 {
	// ruleid: go/unsafe-package
	return *(*uint32)(unsafe.Pointer(&buf[0]))
}

func BytesToStringSafe(b []byte) string {
	// ok: go/unsafe-package
	return string(b)
}

func ReadUint32Safe(buf []byte) uint32 {
	// ok: go/unsafe-package
	return binary.LittleEndian.Uint32(buf)
}

// ok: go/unsafe-package
const wordSize = unsafe.Sizeof(uintptr(0))
