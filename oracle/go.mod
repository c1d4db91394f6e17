module github.com/cdk8s-jobs/k8s-oracle

go 1.26.0
