// k8s-oracle: for each document of a YAML or JSON stream on stdin, what a default kube-apiserver
// of the linked Kubernetes release answers to `kubectl apply --validate=strict` creating it
// (batch/v1 Job or CronJob). One JSON line per document, in order.
//
// It calls the release's own code (strict decoder, defaulting, conversion, the Job/CronJob
// registry strategies through rest.BeforeCreate, default feature gates); it re-implements only
// kubectl's client-side steps and the few unexported handler steps around them.
// The same file builds against every minor 1.28-1.37: only APIs that exist unchanged in all of
// them are named, optional newer fields are read by reflection.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	_ "time/tzdata"

	apiequality "k8s.io/apimachinery/pkg/api/equality"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	utiljson "k8s.io/apimachinery/pkg/util/json"
	utilrand "k8s.io/apimachinery/pkg/util/rand"
	"k8s.io/apimachinery/pkg/util/validation/field"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/apiserver/pkg/endpoints/handlers"
	genericapirequest "k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/registry/rest"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/apiserver/pkg/warning"
	"k8s.io/component-base/featuregate"
	"k8s.io/klog/v2"
	kubectlutil "k8s.io/kubectl/pkg/util"
	sigsyaml "sigs.k8s.io/yaml"

	"k8s.io/kubernetes/pkg/api/legacyscheme"
	"k8s.io/kubernetes/pkg/apis/batch"
	_ "k8s.io/kubernetes/pkg/apis/batch/install" // batch types, defaulters, conversions
	_ "k8s.io/kubernetes/pkg/apis/core/install"
	"k8s.io/kubernetes/pkg/capabilities"
	_ "k8s.io/kubernetes/pkg/features" // this release's feature gates with their defaults
	cronjobregistry "k8s.io/kubernetes/pkg/registry/batch/cronjob"
	jobregistry "k8s.io/kubernetes/pkg/registry/batch/job"
)

var (
	mode        = flag.String("mode", "kubectl", "kubectl: kubectl apply's client-side steps first; raw: POST each document's JSON as is")
	defaultNS   = flag.String("namespace", "default", "namespace for manifests without one (kubectl's default)")
	gates       = flag.String("feature-gates", "", "like kube-apiserver --feature-gates (default: the release's defaults)")
	allowPriv   = flag.Bool("allow-privileged", true, "like kube-apiserver --allow-privileged (kubeadm and kind set true)")
	printGates  = flag.Bool("print-gates", false, "print every registered feature gate and its state, then exit")
	showVersion = flag.Bool("version", false, "print the linked k8s.io/kubernetes version and exit")
	withObject  = flag.Bool("object", false, "include the defaulted, prepared batch/v1 object of accepted documents")
	batchV1     = schema.GroupVersion{Group: "batch", Version: "v1"}
)

// fixedUID replaces the random UID: it appears in the generated selector and labels.
const fixedUID = types.UID("00000000-0000-0000-0000-000000000001")

type fieldError struct {
	Type    string `json:"type"`
	Field   string `json:"field"`
	Detail  string `json:"detail"`
	Message string `json:"message"`
	Origin  string `json:"origin,omitempty"` // field.Error.Origin, 1.33+
	Item    *int   `json:"item,omitempty"`   // in a List document: the index of the item
}

type verdict struct {
	Index    int             `json:"index"`
	K8s      string          `json:"k8s"`
	Kind     string          `json:"kind,omitempty"`
	Name     string          `json:"name,omitempty"`
	Accepted bool            `json:"accepted"`
	Skipped  string          `json:"skipped,omitempty"` // not a batch/v1 Job/CronJob: not judged
	Stage    string          `json:"stage"`             // kubectl | decode | request | validate | panic | accepted | skipped
	Status   int32           `json:"status,omitempty"`  // HTTP status of a refusal (400, 422); 0 for kubectl-side errors
	Reason   string          `json:"reason,omitempty"`
	Message  string          `json:"message,omitempty"`
	Errors   []fieldError    `json:"errors"`
	Warnings []string        `json:"warnings"`
	Object   json.RawMessage `json:"object,omitempty"`
	Client   string          `json:"client,omitempty"` // set when kubectl would not run `apply` (generateName: `kubectl create`)
	Items    []verdict       `json:"items,omitempty"`  // a List document: kubectl sends each item on its own
}

// recorder behaves like the server's warning filter: skips empty and repeated texts, keeps order.
type recorder struct {
	seen map[string]bool
	list []string
}

func (r *recorder) AddWarning(_, text string) {
	if text != "" && !r.seen[text] {
		r.seen[text] = true
		r.list = append(r.list, text)
	}
}

// capturing keeps the strategy's field.ErrorList (for Detail and Origin), which BeforeCreate
// only returns inside a StatusError.
type capturing struct {
	rest.RESTCreateStrategy
	errs field.ErrorList
}

func (c *capturing) Validate(ctx context.Context, obj runtime.Object) field.ErrorList {
	c.errs = c.RESTCreateStrategy.Validate(ctx, obj)
	return c.errs
}

func main() {
	flag.Parse()
	klog.LogToStderr(false)
	klog.SetOutput(io.Discard)
	pinZoneinfo()
	capabilities.Initialize(capabilities.Capabilities{AllowPrivileged: *allowPriv})
	if *gates != "" {
		if err := utilfeature.DefaultMutableFeatureGate.Set(*gates); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	k8s := depVersion("k8s.io/kubernetes")
	if *showVersion {
		fmt.Println(k8s)
		return
	}
	if *printGates {
		all := utilfeature.DefaultMutableFeatureGate.GetAll()
		names := make([]string, 0, len(all))
		for n := range all {
			names = append(names, string(n))
		}
		sort.Strings(names)
		state := map[string]bool{}
		for _, n := range names {
			state[n] = utilfeature.DefaultFeatureGate.Enabled(featuregate.Feature(n))
		}
		_ = json.NewEncoder(os.Stdout).Encode(state)
		return
	}
	utilrand.Seed(1) // reproducible generateName suffixes (raw mode)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	docs, err := splitStream(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "reading stdin:", err)
		os.Exit(2)
	}
	for i, doc := range docs {
		v := verdict{Index: i, K8s: k8s, Errors: []fieldError{}, Warnings: []string{}}
		judge(doc, &v)
		if err := enc.Encode(v); err != nil {
			fmt.Fprintln(os.Stderr, "writing stdout:", err)
			os.Exit(2)
		}
	}
}

// pinZoneinfo makes CronJob timeZone checks machine-independent: Go's own zoneinfo.zip (copied
// next to the binary by build.sh) unless ZONEINFO is set; time/tzdata is the fallback.
func pinZoneinfo() {
	if os.Getenv("ZONEINFO") != "" {
		return
	}
	if exe, err := os.Executable(); err == nil {
		zip := filepath.Join(filepath.Dir(exe), "zoneinfo.zip")
		if _, err := os.Stat(zip); err == nil {
			_ = os.Setenv("ZONEINFO", zip)
		}
	}
}

type document struct {
	json []byte // the document as JSON (kubectl's YAML->JSON conversion), nil if it failed
	err  error  // YAML syntax error of this document
}

// splitStream cuts stdin into documents: a JSON stream (first byte '{' or '[') with
// encoding/json, otherwise YAML documents separated by `---` lines, each converted to JSON the
// way kubectl's stream visitor does (sigs.k8s.io/yaml, non-strict). Empty and null documents
// are dropped, as kubectl drops them; a document that fails to parse gets its own verdict.
func splitStream(r io.Reader) ([]document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	var docs []document
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		for {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				if err != io.EOF {
					docs = append(docs, document{err: err})
				}
				return docs, nil
			}
			if b := bytes.TrimSpace(raw); len(b) > 0 && !bytes.Equal(b, []byte("null")) {
				docs = append(docs, document{json: b})
			}
		}
	}
	yr := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	for {
		chunk, err := yr.Read()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return docs, err
		}
		if isBlankYAML(chunk) {
			continue
		}
		j, err := sigsyaml.YAMLToJSON(chunk)
		if err != nil {
			docs = append(docs, document{err: err})
			continue
		}
		if b := bytes.TrimSpace(j); len(b) > 0 && !bytes.Equal(b, []byte("null")) {
			docs = append(docs, document{json: b})
		}
	}
}

func isBlankYAML(chunk []byte) bool {
	for _, line := range strings.Split(string(chunk), "\n") {
		l := strings.TrimSpace(line)
		if l != "" && !strings.HasPrefix(l, "#") && l != "---" && l != "..." {
			return false
		}
	}
	return true
}

func judge(doc document, v *verdict) {
	if doc.err != nil {
		v.Stage = "kubectl"
		v.Message = fmt.Sprintf("error parsing <stdin>: %v", doc.err)
		v.Errors = append(v.Errors, fieldError{Type: "ParseError", Message: v.Message, Detail: doc.err.Error()})
		return
	}
	body := doc.json
	if items, ok := listItems(body); ok && *mode == "kubectl" {
		judgeList(items, v)
		return
	}
	ns := *defaultNS
	if *mode == "kubectl" {
		var err *fieldError
		body, ns, err = kubectlPrepare(body, v)
		if err != nil {
			v.Stage = "kubectl"
			v.Message = err.Message
			v.Errors = append(v.Errors, *err)
			return
		}
		if v.Stage != "" {
			return
		}
	}
	create(body, ns, v)
}

// listItems: kubectl's FlattenListVisitor sends each item of a `kind: *List` document with an
// `items` array as its own object.
func listItems(body []byte) ([]json.RawMessage, bool) {
	var l struct {
		Kind  string            `json:"kind"`
		Items []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(body, &l); err != nil || !strings.HasSuffix(l.Kind, "List") || l.Items == nil {
		return nil, false
	}
	return l.Items, true
}

// judgeList: one verdict for the List document, refused when a judged item is refused; the
// items' own verdicts in Items, their errors (marked with the item index) in Errors.
func judgeList(items []json.RawMessage, v *verdict) {
	v.Kind, v.Stage, v.Accepted = "List", "accepted", true
	judged := 0
	for i, raw := range items {
		iv := verdict{Index: i, K8s: v.K8s, Errors: []fieldError{}, Warnings: []string{}}
		judge(document{json: raw}, &iv)
		v.Items = append(v.Items, iv)
		v.Warnings = append(v.Warnings, iv.Warnings...)
		if iv.Skipped != "" {
			continue
		}
		judged++
		if !iv.Accepted {
			v.Accepted, v.Stage = false, iv.Stage
			for _, e := range iv.Errors {
				e.Item = &i
				v.Errors = append(v.Errors, e)
			}
		}
	}
	if judged == 0 {
		v.Accepted, v.Stage, v.Skipped = false, "skipped", "a List without batch/v1 Job or CronJob items"
	}
}

var typeErrorRE = regexp.MustCompile(`into Go struct field ([A-Za-z0-9_]+)\.([^ ]+) of type`)

// typeError turns a JSON type error into a field error with the path the message names.
func typeError(err error) fieldError {
	msg := err.Error()
	path := ""
	if m := typeErrorRE.FindStringSubmatch(msg); m != nil {
		path = m[2]
	}
	return fieldError{Type: string(field.ErrorTypeTypeInvalid), Field: path, Detail: msg, Message: msg}
}

// kubectlPrepare: kubectl apply's create branch (cli-runtime resource builder and visitor,
// apply.go, resource.Helper.Create). It returns the body kubectl POSTs.
func kubectlPrepare(body []byte, v *verdict) ([]byte, string, *fieldError) {
	wrap := func(fe fieldError) *fieldError {
		fe.Message = fmt.Sprintf("unable to decode %q: %s", "<stdin>", fe.Message)
		return &fe
	}
	obj, gvk, err := unstructured.UnstructuredJSONScheme.Decode(body, nil, nil)
	if err != nil {
		fe := fieldError{Type: "DecodeError", Detail: err.Error(), Message: err.Error()}
		if runtime.IsMissingKind(err) {
			fe.Type, fe.Field = string(field.ErrorTypeRequired), "kind"
		} else if runtime.IsMissingVersion(err) {
			fe.Type, fe.Field = string(field.ErrorTypeRequired), "apiVersion"
		}
		return nil, "", wrap(fe)
	}
	u, ok := obj.(*unstructured.Unstructured)
	v.Kind = gvk.Kind
	if ok {
		v.Name = u.GetName()
	}
	var metaOnly struct {
		metav1.TypeMeta   `json:",inline"`
		metav1.ObjectMeta `json:"metadata,omitempty"`
	}
	if err := utiljson.Unmarshal(body, &metaOnly); err != nil { // metadataValidatingDecoder
		return nil, "", wrap(typeError(err))
	}
	if !ok || gvk.Group != batchV1.Group {
		v.Stage, v.Skipped = "skipped", fmt.Sprintf("not a batch/v1 Job or CronJob: %s", gvk.String())
		return nil, "", nil
	}
	if gvk.GroupVersion() != batchV1 || (gvk.Kind != "Job" && gvk.Kind != "CronJob") {
		msg := fmt.Sprintf("resource mapping not found for name: %q namespace: %q from %q: no matches for kind %q in version %q\nensure CRDs are installed first",
			u.GetName(), u.GetNamespace(), "<stdin>", gvk.Kind, gvk.GroupVersion().String())
		return nil, "", &fieldError{Type: string(field.ErrorTypeNotSupported), Field: "apiVersion", Detail: msg, Message: msg}
	}
	ns := u.GetNamespace()
	if ns == "" {
		ns = *defaultNS
		u.SetNamespace(ns)
	}
	if v.Name == "" {
		if u.GetGenerateName() == "" {
			msg := "resource name may not be empty" // client-go, from apply's GET of the live object
			return nil, "", &fieldError{Type: string(field.ErrorTypeRequired), Field: "metadata.name", Detail: msg, Message: msg}
		}
		// `kubectl apply` refuses generateName ("cannot use generate name with apply"); such
		// manifests are meant for `kubectl create` (Argo CD and Helm hooks create them), which
		// POSTs the object as it is: no last-applied annotation, no null pruning.
		v.Client = "kubectl create"
	} else {
		if err := kubectlutil.CreateApplyAnnotation(u, unstructured.UnstructuredJSONScheme); err != nil {
			return nil, "", &fieldError{Type: "KubectlError", Detail: err.Error(), Message: err.Error()}
		}
		if minor(v.K8s) >= 31 { // kubectl >= 1.31 prunes explicit null map values before create
			pruneNulls(u.Object)
		}
	}
	u.SetResourceVersion("") // resource.Helper.Create(modify=true)
	data, err := runtime.Encode(unstructured.UnstructuredJSONScheme, u)
	if err != nil {
		return nil, "", &fieldError{Type: "KubectlError", Detail: err.Error(), Message: err.Error()}
	}
	return data, ns, nil
}

func pruneNulls(x interface{}) {
	switch t := x.(type) {
	case map[string]interface{}:
		for k, e := range t {
			if e == nil {
				delete(t, k)
			} else {
				pruneNulls(e)
			}
		}
	case []interface{}:
		for _, e := range t {
			pruneNulls(e)
		}
	}
}

// create: the apiserver create handler, the generic store's prelude and rest.BeforeCreate,
// without field manager, admission and storage.
func create(body []byte, ns string, v *verdict) {
	rec := &recorder{seen: map[string]bool{}}
	ctx := warning.WithWarningRecorder(context.Background(), rec)
	defer func() { v.Warnings = append(v.Warnings, rec.list...) }()
	defer recoverAsServer(v)

	var tm metav1.TypeMeta
	_ = json.Unmarshal(body, &tm)
	var into runtime.Object
	var strategy rest.RESTCreateStrategy
	switch tm.Kind {
	case "Job":
		into, strategy = &batch.Job{}, jobregistry.Strategy
	case "CronJob":
		into, strategy = &batch.CronJob{}, cronjobregistry.Strategy
	default:
		v.Stage, v.Skipped = "skipped", fmt.Sprintf("not a batch/v1 Job or CronJob: kind %q", tm.Kind)
		return
	}
	v.Kind = tm.Kind
	resource := strings.ToLower(tm.Kind) + "s"

	info, _ := runtime.SerializerInfoForMediaType(legacyscheme.Codecs.SupportedMediaTypes(), runtime.ContentTypeJSON)
	decoder := legacyscheme.Codecs.DecoderToVersion(info.StrictSerializer,
		schema.GroupVersion{Group: batch.GroupName, Version: runtime.APIVersionInternal})
	defaultGVK := batchV1.WithKind(tm.Kind)
	obj, gvk, err := decoder.Decode(body, &defaultGVK, into)
	if err != nil { // fieldValidation=Strict: strict errors are as fatal as the others
		decodeFailure(v, into, gvk, err, body)
		return
	}
	if gvk.GroupVersion() != batchV1 {
		st := apierrors.NewBadRequest(fmt.Sprintf(
			"the API version in the data (%s) does not match the expected API version (%v)",
			gvk.GroupVersion().String(), batchV1.String()))
		statusFailure(v, "decode", st, nil)
		v.Errors = append(v.Errors, fieldError{Type: string(field.ErrorTypeNotSupported), Field: "apiVersion",
			Detail: st.Error(), Message: st.Error()})
		return
	}
	objMeta, _ := meta.Accessor(obj)
	v.Name = objMeta.GetName()
	if *mode == "raw" && objMeta.GetNamespace() != "" {
		ns = objMeta.GetNamespace()
	}
	rest.WipeObjectMetaSystemFields(objMeta)
	if err := rest.EnsureObjectNamespaceMatchesRequestNamespace(rest.ExpectedNamespaceForScope(ns, true), objMeta); err != nil {
		statusFailure(v, "request", err, nil)
		v.Errors = append(v.Errors, fieldError{Type: string(field.ErrorTypeInvalid), Field: "metadata.namespace",
			Detail: err.Error(), Message: err.Error()})
		return
	}
	dedupOwnerReferences(ctx, objMeta)
	ctx = genericapirequest.WithNamespace(ctx, ns)
	ctx = genericapirequest.WithRequestInfo(ctx, &genericapirequest.RequestInfo{
		IsResourceRequest: true, Verb: "create", APIPrefix: "apis", APIGroup: "batch", APIVersion: "v1",
		Namespace: ns, Resource: resource, Path: "/apis/batch/v1/namespaces/" + ns + "/" + resource,
	})

	rest.FillObjectMetaSystemFields(objMeta)
	objMeta.SetUID(fixedUID)
	if objMeta.GetGenerateName() != "" && objMeta.GetName() == "" {
		objMeta.SetName(strategy.GenerateName(objMeta.GetGenerateName()))
		v.Name = objMeta.GetName()
	}
	cs := &capturing{RESTCreateStrategy: strategy}
	if err := rest.BeforeCreate(cs, ctx, obj); err != nil {
		statusFailure(v, "validate", err, cs.errs)
		return
	}
	v.Stage, v.Accepted = "accepted", true
	if *withObject {
		objMeta.SetCreationTimestamp(metav1.Time{})
		v.Object, _ = runtime.Encode(legacyscheme.Codecs.LegacyCodec(batchV1), obj)
	}
}

var quotedRE = regexp.MustCompile(`^(unknown|duplicate) field "(.*)"$`)

// decodeFailure: the 400 of a failed decode, with each strict-decoding problem (unknown or
// duplicate field) and a type error as a field error carrying its path.
// recoverAsServer answers a create whose handling panics as the API server does: its
// WithPanicRecovery filter (k8s.io/apiserver/pkg/server/filters/wrap.go) replies 500 with this
// text and logs the panic. Known case: v1.30's validateSuccessPolicyRule dereferences a nil
// spec.completions (a CronJob's Indexed jobTemplate without completions, with a successPolicy).
func recoverAsServer(v *verdict) {
	p := recover()
	if p == nil {
		return
	}
	v.Accepted = false
	v.Stage = "panic"
	v.Status = http.StatusInternalServerError
	v.Reason = string(metav1.StatusReasonInternalError)
	v.Message = "This request caused apiserver to panic. Look in the logs for details."
	v.Errors = []fieldError{{Type: "InternalError", Detail: fmt.Sprint(p), Message: v.Message}}
}

func decodeFailure(v *verdict, into runtime.Object, gvk *schema.GroupVersionKind, err error, body []byte) {
	statusFailure(v, "decode", transformDecodeError(into, gvk, err, body), nil)
	if se, ok := runtime.AsStrictDecodingError(err); ok {
		for _, e := range se.Errors() {
			fe := fieldError{Type: "DecodeError", Detail: e.Error(), Message: e.Error()}
			if m := quotedRE.FindStringSubmatch(e.Error()); m != nil {
				fe.Field = m[2]
				if m[1] == "unknown" {
					fe.Type = "FieldValueUnknown"
				} else {
					fe.Type = string(field.ErrorTypeDuplicate)
				}
			}
			v.Errors = append(v.Errors, fe)
		}
		return
	}
	fe := typeError(err)
	if fe.Field == "" {
		fe.Type = "DecodeError"
	}
	v.Errors = append(v.Errors, fe)
}

// transformDecodeError: same wording as the unexported one in apiserver handlers/rest.go.
func transformDecodeError(into runtime.Object, gvk *schema.GroupVersionKind, err error, body []byte) error {
	kinds, _, kerr := legacyscheme.Scheme.ObjectKinds(into)
	if kerr != nil {
		return apierrors.NewBadRequest(kerr.Error())
	}
	if gvk != nil && len(gvk.Kind) > 0 {
		return apierrors.NewBadRequest(fmt.Sprintf("%s in version %q cannot be handled as a %s: %v",
			gvk.Kind, gvk.Version, kinds[0].Kind, err))
	}
	s := string(body)
	if len(body) > 30 {
		s = string(body[:30]) + " ..."
	}
	return apierrors.NewBadRequest(fmt.Sprintf("the object provided is unrecognized (must be of type %s): %v (%s)",
		kinds[0].Kind, err, s))
}

// dedupOwnerReferences: handlers.dedupOwnerReferencesAndAddWarning (before mutating admission).
func dedupOwnerReferences(ctx context.Context, m metav1.Object) {
	var kept []metav1.OwnerReference
	var dups []string
	seen := map[types.UID]bool{}
	for _, r := range m.GetOwnerReferences() {
		if seen[r.UID] && hasRef(kept, r) {
			dups = append(dups, string(r.UID))
			continue
		}
		seen[r.UID] = true
		kept = append(kept, r)
	}
	if len(dups) > 0 {
		warning.AddWarning(ctx, "", fmt.Sprintf(handlers.DuplicateOwnerReferencesWarningFormat, strings.Join(dups, ", ")))
		m.SetOwnerReferences(kept)
	}
}

func hasRef(refs []metav1.OwnerReference, r metav1.OwnerReference) bool {
	for _, k := range refs {
		if apiequality.Semantic.DeepEqual(k, r) {
			return true
		}
	}
	return false
}

// statusFailure records the server's Status; for a 422 every cause becomes a field error, with
// Detail and Origin from the strategy's own list when it is the list the causes came from.
func statusFailure(v *verdict, stage string, err error, errs field.ErrorList) {
	v.Stage = stage
	var st apierrors.APIStatus
	if !errors.As(err, &st) {
		st = apierrors.NewInternalError(err)
	}
	s := st.Status()
	v.Status, v.Reason, v.Message = s.Code, string(s.Reason), s.Message
	if s.Code != 422 || s.Details == nil {
		return
	}
	causes := s.Details.Causes
	fromStrategy := len(errs) == len(causes)
	for i := range causes {
		if !fromStrategy || errs[i].Field != causes[i].Field {
			fromStrategy = false
			break
		}
	}
	for i, c := range causes {
		fe := fieldError{Type: string(c.Type), Field: c.Field, Detail: c.Message, Message: c.Field + ": " + c.Message}
		if fromStrategy {
			fe.Detail, fe.Message, fe.Origin = errs[i].Detail, errs[i].Error(), strField(errs[i], "Origin")
		}
		v.Errors = append(v.Errors, fe)
	}
}

func strField(e *field.Error, name string) string {
	f := reflect.ValueOf(e).Elem().FieldByName(name)
	if f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

func depVersion(path string) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == path {
				return d.Version
			}
		}
	}
	return "unknown"
}

func minor(v string) int { // "v1.31.14" -> 31
	p := strings.Split(strings.TrimPrefix(v, "v"), ".")
	if len(p) < 2 {
		return 0
	}
	n, _ := strconv.Atoi(p[1])
	return n
}
