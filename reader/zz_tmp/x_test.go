package zz
import ("testing";"context";"fmt";"hearsay/reader";"os")
func TestX(t *testing.T){
 for a, err := range reader.Read(context.Background(), os.Getenv("IN"), reader.Options{}) {
   if err != nil { fmt.Println("ERR", err); continue }
   fmt.Printf("%s | %s | %s | %s | %s | %v | %s | %s\n%s\n-----\n", a.Key, a.Origin, a.Title, a.Outlet, a.Author, a.Published, a.CanonicalURL, a.Language, a.Text)
 }
}
