{{/* Names and labels. */}}
{{- define "gammainfra.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}{{ .Release.Name | trunc 50 | trimSuffix "-" }}{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "gammainfra.labels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "gammainfra.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "gammainfra.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}{{ default (include "gammainfra.fullname" .) .Values.serviceAccount.name }}{{- else -}}{{ default "default" .Values.serviceAccount.name }}{{- end -}}
{{- end -}}

{{/* The image of one Dockerfile target: <registry>/<target>:<tag>; a component's own
imageTag wins over image.tag (upgrading consumers before the gateway), then appVersion. */}}
{{- define "gammainfra.image" -}}
{{ printf "%s/%s:%s" .root.Values.image.registry .target (.tag | default .root.Values.image.tag | default .root.Chart.AppVersion) }}
{{- end -}}

{{/* Settings every process reads; the DSNs only from existing Secrets. */}}
{{- define "gammainfra.infraEnv" -}}
- name: GI_KAFKA_BOOTSTRAP
  value: {{ required "kafka.bootstrap is required" .Values.kafka.bootstrap | quote }}
- name: GI_DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ required "database.urlSecret.name is required (an existing Secret)" .Values.database.urlSecret.name }}
      key: {{ .Values.database.urlSecret.key }}
- name: GI_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ required "redis.urlSecret.name is required (an existing Secret)" .Values.redis.urlSecret.name }}
      key: {{ .Values.redis.urlSecret.key }}
{{- end -}}

{{- define "gammainfra.extraEnv" -}}
{{- range $name, $value := . }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* Pod-level settings shared by every workload. */}}
{{- define "gammainfra.podCommon" -}}
serviceAccountName: {{ include "gammainfra.serviceAccountName" . }}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "gammainfra.probes" -}}
livenessProbe:
  httpGet: {path: /healthz, port: ops}
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet: {path: /readyz, port: ops}
  periodSeconds: 5
  failureThreshold: 2
startupProbe:
  httpGet: {path: /healthz, port: ops}
  periodSeconds: 2
  failureThreshold: 60
{{- end -}}
