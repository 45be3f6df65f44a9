package tools

import (
	"context"
	"net/http"
	"os/exec"
)

func RunTool(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	// ruleid: go/exec-untrusted-program
	out, err := exec.Command(tool, "--version").Output()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Write(out)
}

func RunStep(ctx context.Context, r *http.Request) error {
	// ruleid: go/exec-untrusted-program
	return exec.CommandContext(ctx, r.FormValue("cmd"), r.FormValue("arg")).Run()
}

func RunToolSafe(w http.ResponseWriter, r *http.Request) {
	var program string
	switch r.URL.Query().Get("tool") {
	case "git":
		program = "git"
	case "go":
		program = "go"
	default:
		http.Error(w, "unknown tool", http.StatusBadRequest)
		return
	}
	// ok: go/exec-untrusted-program
	out, _ := exec.Command(program, "version").Output()
	w.Write(out)
}

func Version(ctx context.Context) ([]byte, error) {
	// ok: go/exec-untrusted-program
	return exec.CommandContext(ctx, "git", "--version").Output()
}

const formatter = "gofmt"

func Format(path string) error {
	// ok: go/exec-untrusted-program
	return exec.Command(formatter, "-w", path).Run()
}
