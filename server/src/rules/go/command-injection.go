package handlers

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"

	"github.com/alessio/shellescape"
	"github.com/openai/openai-go"
)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go/command-injection
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func Archive(ctx context.Context, dir string) error {
	script := "tar czf /tmp/backup.tgz " + dir
	// ruleid: go/command-injection
	return exec.CommandContext(ctx, "/bin/bash", "-c", script).Run()
}

type JobRequest struct {
	Script string `json:"script"`
}

func RunJob(w http.ResponseWriter, r *http.Request) {
	var req JobRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ruleid: go/command-injection
	exec.Command("bash", "-c", req.Script).Run()
}

func PingDirect(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ok: go/command-injection
	out, _ := exec.Command("ping", "-c", "1", host).CombinedOutput()
	w.Write(out)
}

func DiskUsage() ([]byte, error) {
	// ok: go/command-injection
	return exec.Command("sh", "-c", "df -h | sort -k5 -r").Output()
}

func ArchiveQuoted(dir string) error {
	// ok: go/command-injection
	return exec.Command("sh", "-c", "tar czf /tmp/backup.tgz "+shellescape.Quote(dir)).Run()
}

func Convert(ctx context.Context, in, out string, width int) error {
	// ruleid: go/command-injection
	return exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("convert %s -resize %d %s", in, width, out)).Run()
}

func RunScript() error {
	// ruleid: go/command-injection
	return exec.Command("sh", "-c", os.Args[1]).Run()
}

// RunSuggestedFix asks the model for a shell command and runs it.
func RunSuggestedFix(ctx context.Context, client *openai.Client, problem string) ([]byte, error) {
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Give one shell command that fixes: " + problem)},
	})
	if err != nil {
		return nil, err
	}
	command := resp.Choices[0].Message.Content
	// ruleid: go/command-injection
	return exec.CommandContext(ctx, "sh", "-c", command).CombinedOutput()
}
