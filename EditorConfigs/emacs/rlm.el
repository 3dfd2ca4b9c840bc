;;; rlm.el --- Ask rlm serve about the project -*- lexical-binding: t -*-
;; Uses Emacs's built-in jsonrpc library (LSP framing), independently of eglot, so rlm runs
;; beside the project's real language server.  M-x rlm-ask, M-x rlm-cancel.
(require 'jsonrpc)

(defvar rlm-command '("rlm" "serve")
  "How to start rlm.")
(defvar rlm-initialization-options '(:models (:model "gpt-4.1" :subModel "gpt-4.1-mini"))
  "Sent as initializationOptions (Docs/protocol.md).")
(defvar rlm--connection nil)
(defvar rlm--current-run nil)

(defun rlm--on-notification (_connection method params)
  (pcase method
    ('rlm/trace
     (let ((event (plist-get params :event)))
       (when (equal (plist-get event :type) "run_started")
         (setq rlm--current-run (plist-get params :runId)))
       (with-current-buffer (get-buffer-create "*rlm trace*")
         (goto-char (point-max))
         (unless (member (plist-get event :type) '("text_delta" "code_output"))
           (insert (format "%s %s\n" (plist-get event :node_id) (plist-get event :type)))))))
    ('window/logMessage (message "rlm: %s" (plist-get params :message)))))

(defun rlm--on-request (_connection method params)
  (pcase method
    ('rlm/requestPermission
     (let ((answer (read-char-choice
                    (format "rlm: %s wants to %s — [a]llow, a[l]ways, [d]eny? "
                            (plist-get params :tool) (plist-get params :description))
                    '(?a ?l ?d))))
       (list :decision (pcase answer (?a "allow") (?l "allowAlways") (_ "deny")))))
    (_ (jsonrpc-error :code -32601 :message (format "%s is not supported" method)))))

(defun rlm-start ()
  "Start rlm serve for the current project."
  (interactive)
  (let* ((root (expand-file-name (or (when-let ((project (project-current))) (project-root project)) default-directory)))
         (process (make-process :name "rlm" :command rlm-command :connection-type 'pipe
                                :coding 'utf-8-emacs-unix :noquery t
                                :stderr (get-buffer-create "*rlm stderr*"))))
    (setq rlm--connection
          (make-instance 'jsonrpc-process-connection :name "rlm" :process process
                         :notification-dispatcher #'rlm--on-notification
                         :request-dispatcher #'rlm--on-request))
    (jsonrpc-request rlm--connection :initialize
                     (list :processId (emacs-pid) :rootUri (concat "file://" (directory-file-name root))
                           :capabilities '(:experimental (:rlm (:requestPermission t)))
                           :initializationOptions rlm-initialization-options))
    (jsonrpc-notify rlm--connection :initialized (make-hash-table))))

(defun rlm-ask (query)
  "Ask rlm QUERY about the project; the answer is shown when the run ends."
  (interactive "sAsk rlm: ")
  (unless (and rlm--connection (jsonrpc-running-p rlm--connection)) (rlm-start))
  (jsonrpc-async-request
   rlm--connection :rlm/run (list :query query)
   :success-fn (lambda (result)
                 (setq rlm--current-run nil)
                 (message "rlm (%s): %s" (plist-get result :status) (or (plist-get result :answer) "no answer")))
   :error-fn (lambda (error)
               (setq rlm--current-run nil)
               (message "rlm: %s" (plist-get error :message)))
   :timeout 3600))

(defun rlm-cancel ()
  "Cancel the run in progress."
  (interactive)
  (when rlm--current-run
    (jsonrpc-request rlm--connection :rlm/cancel (list :runId rlm--current-run))))

(provide 'rlm)
;;; rlm.el ends here
